
func CountPrimes(n int) int {
