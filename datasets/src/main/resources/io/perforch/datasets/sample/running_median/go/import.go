import (
    "sort"
)
