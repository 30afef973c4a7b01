// A stand-in for an analytics library: sets cookies the way Google Analytics does and defines the
// API that the inline tagged script after it calls.
document.cookie = '_ga=GA1.1.1234567890.1700000000; Path=/; Max-Age=3600; SameSite=Lax';
document.cookie = '_ga_DEMO=GS1.1.1700000000.1.0.1700000000.0.0.0; Path=/; Max-Age=3600; SameSite=Lax';
window.fakeStats = { track: (name) => demoLog(`analytics: tracked ${name}`) };
demoLog('analytics: the stats library loaded');
