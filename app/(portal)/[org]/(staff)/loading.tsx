// The same skeleton as the other portal pages, below the staff check of this group's layout.
export { default } from "../(streamed)/loading";
