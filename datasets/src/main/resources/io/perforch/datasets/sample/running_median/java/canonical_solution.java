        List<Integer> window = new ArrayList<>();
        List<Integer> result = new ArrayList<>();
        for (int i = 0; i < nums.size(); i++) {
            int x = nums.get(i);
            int pos = Collections.binarySearch(window, x);
            window.add(pos >= 0 ? pos : -pos - 1, x);
            result.add(window.get(i / 2));
        }
        return result;
    }
}
