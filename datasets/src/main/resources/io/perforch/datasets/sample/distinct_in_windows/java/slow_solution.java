        List<Integer> result = new ArrayList<>();
        for (int i = 0; i + k <= nums.size(); i++) {
            result.add(new HashSet<>(nums.subList(i, i + k)).size());
        }
        return result;
    }
}
