/** The lessons as the build made them (src/lessons/vite-plugin.ts). */
declare module 'virtual:lessons' {
  const lessons: import('./types').Lesson[];
  export default lessons;
}
