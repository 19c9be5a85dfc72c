/** Words the corpus is built from: names, places and school things a UK shared drive is full of. */

export const FIRST_NAMES_F = [
  'Amelia', 'Olivia', 'Isla', 'Ava', 'Mia', 'Ivy', 'Lily', 'Isabella', 'Rosie', 'Sophia', 'Grace', 'Freya',
  'Willow', 'Evie', 'Poppy', 'Ella', 'Daisy', 'Sienna', 'Florence', 'Harper', 'Matilda', 'Millie', 'Phoebe',
  'Aisha', 'Zara', 'Maryam', 'Hannah', 'Chloe', 'Jessica', 'Charlotte', 'Ruby', 'Layla', 'Imogen', 'Niamh',
  'Priya', 'Amira', 'Eleanor', 'Maisie', 'Erin', 'Thea', 'Nadia', 'Fatima', 'Keira', 'Leah', 'Holly',
];
export const FIRST_NAMES_M = [
  'Oliver', 'George', 'Noah', 'Arthur', 'Leo', 'Muhammad', 'Harry', 'Oscar', 'Archie', 'Henry', 'Theodore',
  'Freddie', 'Jack', 'Charlie', 'Theo', 'Alfie', 'Jacob', 'Thomas', 'Finley', 'Isaac', 'Joshua', 'Lucas',
  'Ethan', 'Reuben', 'Ibrahim', 'Yusuf', 'Kai', 'Mason', 'Logan', 'Samuel', 'Daniel', 'Rory', 'Callum',
  'Ewan', 'Aarav', 'Rohan', 'Tyler', 'Kyle', 'Dylan', 'Harvey', 'Louis', 'Ryan', 'Adam', 'Owen', 'Jamie',
];
export const SURNAMES = [
  'Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Robinson', 'Wright',
  'Thompson', 'Evans', 'Walker', 'White', 'Roberts', 'Green', 'Hall', 'Wood', 'Jackson', 'Clarke', 'Patel',
  'Khan', 'Ahmed', 'Hughes', 'Edwards', 'Turner', 'Lewis', 'Harris', 'Martin', 'Cooper', 'Hill', 'Ward',
  'Morris', 'Moore', 'Clark', 'Lee', 'King', 'Baker', 'Harrison', 'Morgan', 'Allen', 'James', 'Scott',
  'Phillips', 'Watson', 'Davis', 'Parker', 'Price', 'Bennett', 'Young', 'Griffiths', 'Mitchell', 'Kelly',
  'Cook', 'Carter', 'Richardson', 'Bailey', 'Collins', 'Bell', 'Shaw', 'Murphy', 'Miller', 'Cox', 'Richards',
  'Begum', 'Hussain', 'Ali', 'Singh', 'Kaur', 'Nowak', 'Kowalski', 'Okafor', 'Mensah', 'Nguyen', 'Osei',
  'Fletcher', 'Holmes', 'Booth', 'Marsh', 'Pearson', 'Hudson', 'Barker', 'Dawson', 'Lloyd', 'Webb',
];
export const STREET_NAMES = [
  'Elm', 'Oak', 'Church', 'Station', 'Victoria', 'Mill', 'Park', 'Meadow', 'Chestnut', 'Beech', 'Willow',
  'Highfield', 'Queens', 'Kings', 'Manor', 'Orchard', 'Springfield', 'Westfield', 'Ash', 'Cedar', 'Hawthorn',
  'Greenbank', 'Moorland', 'Albert', 'Windsor', 'Lime Tree', 'Cross', 'New', 'Grange', 'Prospect', 'Woodland',
  'Holly', 'Thornhill', 'Broad', 'Cliff', 'Riverside', 'Farm', 'Rose', 'Laburnum', 'St Marys',
];
export const STREET_SUFFIXES = [
  'Street', 'Road', 'Lane', 'Avenue', 'Close', 'Drive', 'Way', 'Court', 'Crescent', 'Grove', 'Gardens',
  'Terrace', 'Place', 'Rise', 'Mews', 'View', 'Walk', 'Park', 'Green',
];
/** Real outward codes with their post towns, so addresses read like addresses. */
export const POST_AREAS: readonly (readonly [string, string, string])[] = [
  ['LS6', 'Headingley', 'Leeds'], ['LS17', 'Moortown', 'Leeds'], ['M14', 'Fallowfield', 'Manchester'],
  ['M20', 'Didsbury', 'Manchester'], ['B15', 'Edgbaston', 'Birmingham'], ['B29', 'Selly Oak', 'Birmingham'],
  ['SE15', 'Peckham', 'London'], ['N16', 'Stoke Newington', 'London'], ['E17', 'Walthamstow', 'London'],
  ['BS7', 'Horfield', 'Bristol'], ['NE3', 'Gosforth', 'Newcastle upon Tyne'], ['CF14', 'Whitchurch', 'Cardiff'],
  ['NG7', 'Lenton', 'Nottingham'], ['S10', 'Crookes', 'Sheffield'], ['L18', 'Allerton', 'Liverpool'],
  ['OX4', 'Cowley', 'Oxford'], ['YO10', 'Heslington', 'York'], ['LE2', 'Knighton', 'Leicester'],
  ['DE22', 'Allestree', 'Derby'], ['HU5', 'Newland', 'Hull'], ['PL4', 'Mutley', 'Plymouth'],
  ['BN2', 'Kemptown', 'Brighton'], ['SO17', 'Portswood', 'Southampton'], ['RG1', 'Katesgrove', 'Reading'],
  ['WF1', 'Eastmoor', 'Wakefield'], ['BD9', 'Heaton', 'Bradford'], ['HD1', 'Marsh', 'Huddersfield'],
  ['DN4', 'Balby', 'Doncaster'], ['SW1A', 'Westminster', 'London'], ['EX4', 'St Davids', 'Exeter'],
];
export const SCHOOL_NAMES = [
  'Oakfield Primary School', 'St Anne’s C of E Primary', 'Highfield Academy', 'Moorside High School',
  'Riverside Community College', 'Brookvale Junior School', 'Kingsmead Academy', 'Hillcrest Infant School',
];
export const SCHOOL_DOMAINS = ['oakfield.sch.uk', 'stannes.sch.uk', 'highfield-academy.org.uk', 'moorside.sch.uk'];
export const PERSONAL_DOMAINS = [
  'gmail.com', 'hotmail.co.uk', 'outlook.com', 'yahoo.co.uk', 'btinternet.com', 'icloud.com', 'sky.com',
  'live.co.uk', 'googlemail.com', 'virginmedia.com',
];
export const STAFF_ROLES = [
  'Class Teacher', 'SENCo', 'Designated Safeguarding Lead', 'Head of Year 8', 'Deputy Headteacher',
  'Teaching Assistant', 'School Business Manager', 'Attendance Officer', 'Pastoral Lead', 'Head of Maths',
  'Learning Mentor', 'Office Manager', 'Head of English', 'PE Teacher', 'Assistant Headteacher',
];
export const SUBJECTS = [
  'maths', 'English', 'science', 'history', 'geography', 'French', 'Spanish', 'art', 'music', 'PE',
  'computing', 'design and technology', 'RE', 'PSHE', 'drama',
];
export const CLUBS = [
  'football club', 'netball club', 'choir', 'chess club', 'coding club', 'art club', 'gardening club',
  'cross-country', 'drama club', 'homework club', 'Lego club', 'orchestra', 'eco-council', 'book club',
];
export const PLACES = [
  'the Eden Project', 'the Natural History Museum', 'York Minster', 'the Yorkshire Sculpture Park',
  'Chester Zoo', 'the Science Museum', 'Cadbury World', 'the National Railway Museum', 'Robinwood activity centre',
  'the Houses of Parliament', 'the Jorvik Viking Centre', 'Whitby', 'the Lake District', 'Boulogne-sur-Mer',
  'Normandy', 'Barcelona', 'the Rhine valley', 'Paris',
];
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December',
];
export const BANKS = [
  ['NWBK', 'NatWest'], ['BARC', 'Barclays'], ['LOYD', 'Lloyds'], ['HBUK', 'HSBC'], ['MIDL', 'HSBC'],
  ['SCBL', 'Standard Chartered'], ['NAIA', 'Nationwide'], ['ABBY', 'Santander'],
] as const;
