// Return true if every bracket in the string s is properly matched and nested, and false otherwise.
// The bracket pairs are (), [] and {}; every other character is ignored. A string without brackets
// is balanced.
// >>> IsBalanced("(a[b]{c})")
// true
// >>> IsBalanced("(]")
// false
// >>> IsBalanced("")
// true
func IsBalanced(s string) bool {
