    int count = 0;
    for (int k = 2; k < n; k++) {
        bool prime = true;
        for (int d = 2; d * d <= k; d++)
            if (k % d == 0) { prime = false; break; }
        if (prime) count++;
    }
    return count;
}
