package weburl

import (
	"net/url"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAction(t *testing.T) {
	base, err := url.Parse("https://sotuphap.example.gov.vn/web/guest/thu-tuc-hanh-chinh")
	require.NoError(t, err)
	cases := []struct{ href, want string }{
		{"?p_p_id=danhgia_WAR_portlet&p_p_lifecycle=1&p_p_state=normal&_danhgia_WAR_portlet_javax.portlet.action=vote&p_auth=Xy12Ab", "liferay-action-phase"},
		{"?p_p_id=x&p_p_lifecycle=2&p_p_resource_id=captcha", "liferay-resource-phase"},
		{"/c/portal/logout", "action-word"},
		{"?p_p_id=x&_x_javax.portlet.action=binhChon", "liferay-portlet-action"},
		{"/web/guest/home?p_auth=Zq81Lm&p_p_id=58", "liferay-p-auth"},
		{"javascript:__doPostBack('ctl00$Main$lnkNext','')", "aspnet-postback"},
		{"/Default.aspx?__EVENTTARGET=ctl00&__EVENTARGUMENT=", "aspnet-postback"},
		{"/binh-chon?id=3", "action-word"},
		{"/tai-khoan/log-out", "action-word"},
		{"/dang-xuat", "action-word"},
		{"/bai-viet/them-moi", "action-word"},
		{"/tin/in-trang/5", "action-word"},
		{"/tthc/chi-tiet?id=4&print=1", "action-word"},
		{"/tthc/danh-gia-hai-long/12", "action-word"},
		{"/user/delete?id=7", "action-word"},
		// Pages that show.
		{"?p_p_id=tthc_WAR_portlet&p_p_lifecycle=0&_tthc_WAR_portlet_id=12", ""},
		{"/thu-tuc/xoa-dang-ky-thuong-tru", ""},
		{"/xa-hai-long/thu-tuc-hanh-chinh", ""},
		{"/tin-tuc/blueprint-address-rates", ""},
		{"javascript:void(0)", ""},
		{"/thu-tuc-hanh-chinh?page=2", ""},
	}
	for _, c := range cases {
		u, a := ResolveLink(base, c.href)
		got := ""
		if a != nil {
			got = a.Name
			assert.Nil(t, u, c.href)
			assert.NotEmpty(t, a.Reason)
		}
		assert.Equal(t, c.want, got, c.href)
	}
}

func TestCanonicalSessionsAndLiferay(t *testing.T) {
	base, err := url.Parse("https://x.example/")
	require.NoError(t, err)
	for in, want := range map[string]string{
		"/(S(ab12cd34ef56))/TTHC/Default.aspx?id=3": "https://x.example/TTHC/Default.aspx?id=3",
		"/(X(1)S(ab12cd34))/tthc.aspx":              "https://x.example/tthc.aspx",
		"/web/guest/tthc?p_p_id=t&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&p_p_col_id=column-1&p_p_col_count=2&_t_id=5": "https://x.example/web/guest/tthc?_t_id=5&p_p_id=t",
		"/web/guest/tthc?p_p_id=t&p_p_state=exclusive&_t_id=5":                                                                "https://x.example/web/guest/tthc?_t_id=5&p_p_id=t&p_p_state=exclusive",
		"/web/guest/tthc?p_p_id=t&_t_redirect=%2Fweb%2Fguest%2Fhome&_t_id=5":                                                  "https://x.example/web/guest/tthc?_t_id=5&p_p_id=t",
		"/x?PHPSESSID=1&utm_campaign=a&zarsrc=30&id=2":                                                                        "https://x.example/x?id=2",
	} {
		u := Resolve(base, in)
		require.NotNil(t, u, in)
		assert.Equal(t, want, u.String(), in)
	}
}
