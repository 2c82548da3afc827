func TestRobotDistance(t *testing.T) {
    assert := assert.New(t)
    assert.Equal(4, RobotDistance("FFRFF"))
    assert.Equal(0, RobotDistance("FLFLFLF"))
    assert.Equal(0, RobotDistance(""))
}
