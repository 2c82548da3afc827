
/*
 A robot starts at the origin of a grid, facing north. It executes the command string from left
 to right: 'F' moves one cell forward in the current direction, 'L' turns 90 degrees to the left
 and 'R' turns 90 degrees to the right (turning does not move the robot). Return the Manhattan
 distance |x| + |y| between the robot's final position and the origin.
 >>> robot_distance("FFRFF")
 4
 >>> robot_distance("FLFLFLF")
 0
 >>> robot_distance("")
 0
*/
