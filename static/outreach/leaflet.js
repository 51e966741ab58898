// Makes a leaflet readable again without a connection: registers the leaflets' service worker
// (scoped to this language's leaflets) and keeps this page and its files in the cache.
const CACHE = "qapi-leaflets-v1";
const body = document.body;

async function keepForOffline() {
  if (!("serviceWorker" in navigator) || !("caches" in window)) return;
  await navigator.serviceWorker.register(body.dataset.sw, { scope: body.dataset.swScope, type: "classic" });
  const files = [location.pathname];
  document.querySelectorAll('link[rel="stylesheet"], link[rel="icon"], script[src]').forEach((el) => {
    files.push(el.getAttribute("href") || el.getAttribute("src"));
  });
  const cache = await caches.open(CACHE);
  await cache.addAll(files);
  const note = document.querySelector("[data-offline-ready]");
  if (note) note.hidden = false;
}

keepForOffline().catch(() => {});
