package match

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tthcaudit/tthcaudit/internal/catalog"
)

func TestCacheBounded(t *testing.T) {
	c := newCache[int](2)
	c.put("a", 1)
	c.put("b", 2)
	c.put("c", 3) // beyond the bound: not kept, never wrong
	v, ok := c.get("a")
	require.True(t, ok)
	assert.Equal(t, 1, v)
	_, ok = c.get("c")
	assert.False(t, ok)
	c.clear()
	_, ok = c.get("a")
	assert.False(t, ok)
	c.put("c", 3)
	v, ok = c.get("c")
	require.True(t, ok)
	assert.Equal(t, 3, v)
}

func TestAnswerKey(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		code      string
		ctx       Context
		want      string
		wantCache bool
	}{
		{"an entry alone is its text", "Đăng ký khai sinh", "", Context{}, "Đăng ký khai sinh", true},
		{"a code is part of it", "Đăng ký khai sinh", "1.001193", Context{}, "Đăng ký khai sinh\x001.001193\x00\x00\x00", true},
		{"so is the page", "Đăng ký khai sinh", "", Context{Heading: "Cấp xã", Level: catalog.LevelXa, Agency: "UBND xã"}, "Đăng ký khai sinh\x00\x00Cấp xã\x00xa\x00UBND xã", true},
		{"a NUL in the text could pass for another key", "Đăng ký khai sinh\x001.001193\x00\x00\x00", "", Context{}, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := answerKey(tt.text, tt.code, tt.ctx)
			assert.Equal(t, tt.wantCache, ok)
			assert.Equal(t, tt.want, got)
		})
	}
}
