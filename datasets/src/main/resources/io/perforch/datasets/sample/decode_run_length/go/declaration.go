
func DecodeRunLength(encoded string) string {
