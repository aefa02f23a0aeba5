// The demo's only script: a switch that flips <html lang>. The widgets follow
// by themselves; the page swaps its own few texts from data-de/data-en.
const root = document.documentElement;
const button = document.getElementById('language-switch');

function showLanguage(language) {
  root.lang = language;
  for (const element of document.querySelectorAll('[data-de]')) {
    element.textContent = element.dataset[language];
  }
  button.textContent = language === 'de' ? 'English' : 'Deutsch';
  button.lang = language === 'de' ? 'en' : 'de';
}

button.addEventListener('click', () => showLanguage(root.lang === 'de' ? 'en' : 'de'));
