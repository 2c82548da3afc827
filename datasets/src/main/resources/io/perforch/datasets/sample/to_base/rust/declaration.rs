fn to_base(n: i64, base: i64) -> String{
