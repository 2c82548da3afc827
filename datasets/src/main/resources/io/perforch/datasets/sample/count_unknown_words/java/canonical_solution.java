        Set<String> known = new HashSet<>(dictionary);
        int count = 0;
        for (String w : words) {
            if (!known.contains(w)) {
                count++;
            }
        }
        return count;
    }
}
