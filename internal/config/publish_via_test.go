package config

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPublishVia(t *testing.T) {
	c, err := Load(writeConfig(t, good))
	require.NoError(t, err)
	assert.Empty(t, c.PublishVia, "empty by default")
	assert.False(t, c.AcceptByLink, "publication by link is not accepted unless the province says so")

	c, err = Load(writeConfig(t, "publish_via: [dichvucong.angiang.gov.vn, \"https://DVC.KienGiang.gov.vn/\"]\naccept_by_link: true\n"+good))
	require.NoError(t, err)
	assert.Equal(t, []string{"dichvucong.angiang.gov.vn", "https://DVC.KienGiang.gov.vn/"}, c.PublishVia)
	assert.Equal(t, "dvc.kiengiang.gov.vn", PublishHost(c.PublishVia[1]))
	assert.True(t, c.AcceptByLink)

	_, err = Load(writeConfig(t, "publish_via: [\"dịch vụ công\"]\n"+good))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "audit.yaml:1")
	assert.Contains(t, err.Error(), "not a host name")
}
