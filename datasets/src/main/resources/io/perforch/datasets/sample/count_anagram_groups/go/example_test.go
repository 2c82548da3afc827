func TestCountAnagramGroups(t *testing.T) {
    assert := assert.New(t)
    assert.Equal(3, CountAnagramGroups([]string{"note", "tone", "stone", "onset", "one"}))
    assert.Equal(2, CountAnagramGroups([]string{"abc", "cba", "b"}))
}
