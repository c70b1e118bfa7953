// Not built yet: says what is coming, never a dead link.
export { Component } from './coming-soon-page.tsx'
