/** What the sandbox's HTTP API answers, as far as the app tests read it. */
export interface Member {
  userId: string;
  roles: string[];
}
export interface Channel {
  id: string;
  name: string;
}
export interface Message {
  content: string;
  authorBot: boolean;
}
