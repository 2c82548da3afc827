        List<Integer> result = new ArrayList<>();
        for (int i = 0; i < nums.size(); i++) {
            List<Integer> prefix = new ArrayList<>(nums.subList(0, i + 1));
            Collections.sort(prefix);
            result.add(prefix.get(i / 2));
        }
        return result;
    }
}
