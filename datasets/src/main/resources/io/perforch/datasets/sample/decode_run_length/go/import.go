import (
    "strings"
)
