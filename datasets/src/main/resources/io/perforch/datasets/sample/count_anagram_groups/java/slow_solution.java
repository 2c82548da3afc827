        List<String> keys = new ArrayList<>();
        for (String w : words) {
            char[] letters = w.toCharArray();
            Arrays.sort(letters);
            String key = new String(letters);
            if (!keys.contains(key)) {
                keys.add(key);
            }
        }
        return keys.size();
    }
}
