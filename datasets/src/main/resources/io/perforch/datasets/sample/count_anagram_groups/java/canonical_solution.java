        Set<String> keys = new HashSet<>();
        for (String w : words) {
            char[] letters = w.toCharArray();
            Arrays.sort(letters);
            keys.add(new String(letters));
        }
        return keys.size();
    }
}
