// Convert the 64-bit signed integer n to its representation in the given base (2 <= base <= 16).
// Digits above 9 are written as the lowercase letters a to f, a negative number gets a leading '-'
// sign, and zero is written as "0". No leading zeros are produced. Every 64-bit value, including
// the most negative one, must be handled.
// >>> ToBase(255, 16)
// "ff"
// >>> ToBase(10, 2)
// "1010"
// >>> ToBase(-7, 3)
// "-21"
// >>> ToBase(0, 5)
// "0"
func ToBase(n int, base int) string {
