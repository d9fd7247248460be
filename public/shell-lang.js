// Shows the English copy of the page shell when the link asks for English (#…&lang=en or
// ?lang=en), before anything is painted. A file, not inline, because the CSP allows only
// scripts from the site itself; classic and tiny, so it costs no module graph.
if (/(?:^|[#?&])lang=en(?:&|$)/.test(location.search + '&' + location.hash.replace(/^#/, ''))) {
  document.documentElement.lang = 'en';
  document.documentElement.setAttribute('data-lang', 'en');
}
