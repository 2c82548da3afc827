        Map<Integer, Integer> counts = new HashMap<>();
        List<Integer> result = new ArrayList<>();
        for (int i = 0; i < nums.size(); i++) {
            counts.merge(nums.get(i), 1, Integer::sum);
            if (i >= k) {
                int old = nums.get(i - k);
                if (counts.merge(old, -1, Integer::sum) == 0) {
                    counts.remove(old);
                }
            }
            if (i >= k - 1) {
                result.add(counts.size());
            }
        }
        return result;
    }
}
