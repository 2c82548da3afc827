        List<Long> result = new ArrayList<>();
        for (List<Integer> q : queries) {
            long sum = 0;
            for (int i = q.get(0); i <= q.get(1); i++) {
                sum += nums.get(i);
            }
            result.add(sum);
        }
        return result;
    }
}
