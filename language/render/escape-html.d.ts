// The package ships no types; its one function is all we use.
declare module 'escape-html' {
    export default function escapeHtml(text: string): string;
}
