// 统一身份认证登录 on the webapps' login page when the profile sso is on (GET /api/public/sso says
// so): a button to /sso/login, which goes to the government's identity provider and comes back
// signed in to this webapp. The account-and-password form stays for administrators.
const app = window.location.pathname.split('/')[3] || 'tasklist';
let enabled = false;

function place() {
  const form = document.querySelector('form[name=signinForm]');
  if (!enabled || !form || form.querySelector('.sso-login')) {
    return;
  }
  const link = document.createElement('a');
  link.className = 'btn btn-default btn-block sso-login';
  link.href = '/sso/login?app=' + encodeURIComponent(app);
  link.textContent = '统一身份认证登录';
  const note = document.createElement('p');
  note.className = 'help-block sso-login-note';
  note.textContent = '官员请用统一身份认证登录；系统管理员用上面的账号和密码登录。';
  form.appendChild(link);
  form.appendChild(note);
}

fetch('/api/public/sso', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
  .then((response) => (response.ok ? response.json() : { enabled: false }))
  .then((answer) => {
    enabled = answer.enabled === true;
    place();
    new MutationObserver(place).observe(document.body, { childList: true, subtree: true });
  })
  .catch(() => {});

export default [];
