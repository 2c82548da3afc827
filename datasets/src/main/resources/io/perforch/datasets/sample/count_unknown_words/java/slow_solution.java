        int count = 0;
        for (String w : words) {
            if (!dictionary.contains(w)) {
                count++;
            }
        }
        return count;
    }
}
