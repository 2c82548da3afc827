// Return how many prime numbers are strictly less than n.
// A prime is an integer greater than 1 whose only divisors are 1 and itself;
// for n <= 2 the answer is 0.
// >>> CountPrimes(10)
// 4
// >>> CountPrimes(2)
// 0
// >>> CountPrimes(30)
// 10
func CountPrimes(n int) int {
