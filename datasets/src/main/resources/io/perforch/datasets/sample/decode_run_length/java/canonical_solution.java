        StringBuilder sb = new StringBuilder();
        int count = 0;
        for (char c : encoded.toCharArray()) {
            if (Character.isDigit(c)) {
                count = count * 10 + (c - '0');
            } else {
                sb.append(String.valueOf(c).repeat(count));
                count = 0;
            }
        }
        return sb.toString();
    }
}
