// The widget's styles, inside its shadow root only. `:host` starts from `all: initial` with
// !important: the host page's rules on the element itself (`* { all: revert; color: red
// !important }`) are outer-context declarations, which important inner-context ones beat; rules
// of the host page do not reach into the shadow tree. Colours meet WCAG 2.2 AA on white (text
// ≥ 4.5:1, borders and focus ≥ 3:1); sizes in em from 16px on the host, not rem: the host page may set its root font to anything (rem follows the document root, not the shadow host).

export const STIL = `
:host{all:initial!important;display:block!important;box-sizing:border-box!important;max-width:100%!important;color:#1b1b1b!important;background:#fff!important;font:400 16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif!important;text-align:start!important;visibility:visible!important;opacity:1!important}
:host([hidden]){display:none!important}
*,*::before,*::after{box-sizing:border-box}
.w{border:1px solid #6b6b6b;border-radius:.25em;padding:1em;overflow-wrap:anywhere}
h2,h3,h4,h5,h6{margin:0 0 .5em;line-height:1.25;font-weight:700}
.h1{font-size:1.375em}.h2{font-size:1.125em;margin-top:1.25em}
p{margin:0 0 .75em}
ul{margin:0 0 .75em;padding:0;list-style:none}
li{border-top:1px solid #d0d0d0;padding:.5em 0}
.m{color:#4a4a4a;font-size:.9375em}
.s{display:inline-block;border:1px solid #1e5a2f;color:#1e5a2f;border-radius:.25em;padding:0 .375em;font-weight:600}
a{color:#0b4ea2;text-decoration:underline}
a:hover{color:#07336b}
a:focus-visible,button:focus-visible,input:focus-visible,textarea:focus-visible{outline:3px solid #0b4ea2;outline-offset:2px}
label{display:block;font-weight:600;margin:.75em 0 .25em}
input,textarea{display:block;width:100%;font:inherit;color:#1b1b1b;background:#fff;border:2px solid #6b6b6b;border-radius:.25em;padding:.5em}
textarea{min-height:8em;resize:vertical}
[aria-invalid=true]{border-color:#b00020}
.f{color:#b00020;font-weight:600;margin:.25em 0 0}
.hinweis{color:#4a4a4a;font-size:.9375em;margin:.25em 0 0}
button{font:inherit;font-weight:600;margin-top:1em;padding:.5em 1em;border:2px solid #0b4ea2;border-radius:.25em;background:#0b4ea2;color:#fff;cursor:pointer;min-height:2.75em}
button.n{background:#fff;color:#0b4ea2}
button:disabled{opacity:.7;cursor:wait}
.hp{position:absolute!important;left:-10000px!important;width:1px;height:1px;overflow:hidden}
.r:not(:empty){margin:1em 0 0;padding:.75em;border-left:4px solid #1e5a2f;background:#eef6f0}
.r.x:not(:empty){border-color:#b00020;background:#fdeeee}
.fuss{margin:1em 0 0}
`;
