package web

import (
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestOpenURL(t *testing.T) {
	name, _ := os.Hostname()
	if name == "" {
		name = "localhost"
	}
	assert.Equal(t, "http://127.0.0.1:8080/", OpenURL("127.0.0.1:8080", false))
	assert.Equal(t, "https://127.0.0.1:8443/", OpenURL("127.0.0.1:8443", true))
	assert.Equal(t, "http://"+name+":8080/", OpenURL("[::]:8080", false))
	assert.Equal(t, "http://"+name+":8080/", OpenURL("0.0.0.0:8080", false))
	assert.Equal(t, "http://"+name+":8080/", OpenURL(":8080", false))
}
