        long[] prefix = new long[nums.size() + 1];
        for (int i = 0; i < nums.size(); i++) {
            prefix[i + 1] = prefix[i] + nums.get(i);
        }
        List<Long> result = new ArrayList<>();
        for (List<Integer> q : queries) {
            result.add(prefix[q.get(1) + 1] - prefix[q.get(0)]);
        }
        return result;
    }
}
