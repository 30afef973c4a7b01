// The demo page's own script: a visible log that the tagged scripts write to, and buttons that
// call the Consentry API. It is a file (not inline) so the strict-CSP demo can use it too.
window.demoEvents = [];
window.demoLog = (text) => {
  window.demoEvents.push(text);
  const item = document.createElement('li');
  item.textContent = text;
  document.getElementById('log').append(item);
};

document.addEventListener('click', (event) => {
  const id = event.target.id;
  if (id === 'accept') Consentry.acceptAll();
  if (id === 'reject') Consentry.rejectAll();
  if (id === 'analytics-off') Consentry.set({ analytics: false });
  if (id === 'withdraw') Consentry.withdraw();
  if (id === 'add-widget') {
    const widget = document.createElement('section');
    widget.innerHTML = '<p>A widget with its own tagged script:</p>' + '<script type="text/plain" data-category="functional">demoLog("functional: the widget script ran")</' + 'script>';
    document.getElementById('widgets').append(widget);
  }
});
