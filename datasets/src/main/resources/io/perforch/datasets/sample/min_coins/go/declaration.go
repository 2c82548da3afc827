
func MinCoins(coins []int, amount int) int {
