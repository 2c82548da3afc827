        if (n == 0) {
            return "0";
        }
        String digits = "0123456789abcdef";
        StringBuilder sb = new StringBuilder();
        for (long m = n; m != 0; m /= base) {
            sb.append(digits.charAt((int) Math.abs(m % base)));
        }
        if (n < 0) {
            sb.append('-');
        }
        return sb.reverse().toString();
    }
}
