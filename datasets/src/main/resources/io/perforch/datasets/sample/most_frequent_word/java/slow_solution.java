        String best = null;
        int bestCount = 0;
        for (String w : words) {
            int c = Collections.frequency(words, w);
            if (c > bestCount || (c == bestCount && w.compareTo(best) < 0)) {
                best = w;
                bestCount = c;
            }
        }
        return best;
    }
}
