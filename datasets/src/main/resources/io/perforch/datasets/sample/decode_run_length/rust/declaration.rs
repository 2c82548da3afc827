fn decode_run_length(encoded: &str) -> String{
