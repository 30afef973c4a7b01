// Forty sections with a link each, enough to scroll well past the banner.
const list = document.getElementById('links');
for (let i = 1; i <= 40; i += 1) {
  const item = document.createElement('li');
  item.innerHTML = `<p>Section ${i}. Some text so the page is long enough to scroll.</p><a href="#s${i}" id="s${i}">Link ${i}</a>`;
  list.append(item);
}
