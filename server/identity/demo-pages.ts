import type { DemoCitizen } from './demo-citizens.ts'

const escape = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`)

const page = (title: string, body: string) => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>
<style>body{font:18px/1.6 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#0b0c0c}
.demo{background:#ffdd00;padding:.75rem 1rem;font-weight:700;border-left:6px solid #0b0c0c}
button{font:inherit;display:block;width:100%;text-align:left;margin:.75rem 0;padding:.75rem 1rem;border:2px solid #1d70b8;background:#fff;cursor:pointer}
button:hover,button:focus{background:#e8f1f8;outline:3px solid #ffbf47}small{display:block;color:#505a5f}</style></head>
<body><p class="demo">演示身份服务，仅供开发和测试：这里的人都是虚构的。<br>Demo identity service for development and tests only: these people are made up.</p>${body}</body></html>`

/** The demo provider's sign-in page: one button per demo citizen. */
export function demoLoginPage(uid: string, citizens: readonly DemoCitizen[]): string {
  const buttons = citizens
    .map((c) => `<button type="submit" name="citizen" value="${escape(c.id)}">以${escape(c.name)}身份登录<small>${escape(c.note)}</small></button>`)
    .join('\n')
  return page('演示身份服务：登录', `<h1>选择演示市民登录 · Sign in as a demo citizen</h1>
<form method="post" action="/interaction/${escape(uid)}">${buttons}</form>`)
}

/**
 * The provider's logout confirmation, submitted at once: the site asked for the logout with the
 * citizen's ID token, and a demo needs no second question.
 */
export function demoLogoutPage(form: string): string {
  return page('演示身份服务：退出', `<h1>正在退出演示身份服务… · Signing out of the demo identity service…</h1>
${form}<input type="hidden" form="op.logoutForm" name="logout" value="yes"><noscript><button type="submit" form="op.logoutForm">退出 · Sign out</button></noscript>
<script>document.forms[0].submit()</script>`)
}
