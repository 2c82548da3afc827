        List<List<Integer>> sorted = new ArrayList<>(intervals);
        sorted.sort(Comparator.comparing((List<Integer> iv) -> iv.get(0)));
        List<List<Integer>> merged = new ArrayList<>();
        for (List<Integer> iv : sorted) {
            if (!merged.isEmpty() && iv.get(0) <= merged.get(merged.size() - 1).get(1)) {
                List<Integer> last = merged.get(merged.size() - 1);
                last.set(1, Math.max(last.get(1), iv.get(1)));
            } else {
                merged.add(new ArrayList<>(iv));
            }
        }
        return merged;
    }
}
