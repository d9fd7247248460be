/*
 * Zoning map embeds: the host page's helper (no dependencies, no build step).
 * - Resizes each <iframe data-zoning-map> to the height its own map reports. A height message is
 *   taken only from that iframe's window and from the origin of its src; anything else is ignored.
 * - Tells each map the page's colour scheme (<html data-theme="dark|light">, or a "dark"/"light"
 *   class on <html>), now and whenever it changes. zoningMapEmbed.setTheme('dark') sets it from code.
 * Protocol: docs/embedding.md. Several maps per page; loading this file twice is harmless.
 */
(function () {
  'use strict';
  if (window.zoningMapEmbed) return;
  var VERSION = 1;
  var forced = null;

  function frames() {
    return Array.prototype.slice.call(document.querySelectorAll('iframe[data-zoning-map]'));
  }
  function originOf(iframe) {
    try {
      return new URL(iframe.src, location.href).origin;
    } catch (e) {
      return null;
    }
  }
  function frameOf(event) {
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      if (event.source === list[i].contentWindow && event.origin === originOf(list[i])) return list[i];
    }
    return null;
  }
  function pageTheme() {
    if (forced) return forced;
    var root = document.documentElement;
    var attr = root.getAttribute('data-theme');
    if (attr === 'dark' || attr === 'light') return attr;
    if (root.classList.contains('dark')) return 'dark';
    if (root.classList.contains('light')) return 'light';
    return null;
  }
  function sendTheme(iframe) {
    var theme = pageTheme();
    var origin = originOf(iframe);
    if (!theme || !origin || !iframe.contentWindow) return;
    iframe.contentWindow.postMessage({ type: 'zoning-map:theme', version: VERSION, theme: theme }, origin);
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.version !== VERSION) return;
    if (data.type !== 'zoning-map:height' && data.type !== 'zoning-map:ready') return;
    var iframe = frameOf(event);
    if (!iframe) return;
    if (data.type === 'zoning-map:ready') {
      sendTheme(iframe);
      return;
    }
    var height = Number(data.height);
    if (height > 0 && height < 20000) iframe.style.height = Math.ceil(height) + 'px';
  });

  new MutationObserver(function () {
    frames().forEach(sendTheme);
  }).observe(document.documentElement, { attributes: true, attributeFilter: ['class', 'data-theme'] });

  window.zoningMapEmbed = {
    setTheme: function (theme) {
      forced = theme === 'dark' || theme === 'light' ? theme : null;
      frames().forEach(sendTheme);
    },
  };
})();
