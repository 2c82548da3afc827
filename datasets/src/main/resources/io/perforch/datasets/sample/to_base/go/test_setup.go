package main

import (
    "testing"
    "github.com/stretchr/testify/assert"
)
