fn min_coins(coins: Vec<i32>, amount: i32) -> i32{
