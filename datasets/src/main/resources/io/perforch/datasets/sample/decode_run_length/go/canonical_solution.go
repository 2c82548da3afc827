    var sb strings.Builder
    count := 0
    for _, c := range encoded {
        if c >= '0' && c <= '9' {
            count = count*10 + int(c-'0')
        } else {
            sb.WriteString(strings.Repeat(string(c), count))
            count = 0
        }
    }
    return sb.String()
}
