// Stylesheets imported for their side effect (vite bundles them into the page's CSS).
declare module '*.css';
