import { Sector, WagePeriod } from '@onward/shared';
import { Weighted } from './random';

/**
 * A kind of job within a sector: its usual title, the skills (taxonomy codes) it rests on, and
 * where it is done and what it involves when the sector's general words would not fit.
 */
export interface JobRole {
  title: string;
  skills: readonly string[];
  weight: number;
  /** Where this role works; the sector's workplaces when absent. */
  workplaces?: readonly string[];
  /** Sentences only this role's ads say, used alongside the sector's general duties. */
  duties?: readonly string[];
  /** The role can be done from home (then the sector's remoteShare applies). */
  remote?: boolean;
  /** The role is also worked at night (then the sector's nightShare applies). */
  night?: boolean;
}

/**
 * How jobs in one sector look: how common they are, what they are called and say, and how
 * they pay. The numbers are rough shapes of the UK low-wage labour market, not statistics.
 */
export interface SectorProfile {
  /** Share of jobs and of employers (relative). */
  weight: number;
  /** Taxonomy groups the sector's required skills come from. */
  skillGroup: string;
  roles: readonly JobRole[];
  /** Noun phrases for where the work is ("a family-run care home"), for roles without their own. */
  workplaces: readonly string[];
  /** Whole sentences about the work that fit every role of the sector. */
  duties: readonly string[];
  /** A sector-specific training offer, besides the general ones. */
  training: readonly string[];
  /** Words an employer in this sector is named with ("Riverside Care"). */
  employerNouns: readonly string[];
  /** Median premium over the wage floor (0.05 = 5% above) of jobs not paid the floor itself. */
  wagePremium: number;
  /** Share of jobs paid exactly the floor. */
  floorShare: number;
  fullTimeShare: number;
  /** Share of jobs worked at night, among roles that can be. */
  nightShare: number;
  /** Share of jobs done from home, among roles that can be. */
  remoteShare: number;
  periods: Weighted<WagePeriod>;
}

const role = (title: string, weight: number, skills: string[], words: Pick<JobRole, 'workplaces' | 'duties' | 'remote' | 'night'> = {}): JobRole => ({
  title,
  weight,
  skills,
  ...words,
});

const MOSTLY_HOURLY: Weighted<WagePeriod> = [['hour', 80], ['week', 4], ['month', 7], ['year', 9]];

const CARE_HOMES = ['a family-run care home', 'a residential home for older people', 'a nursing home', 'a care home by the park'];
const HOTELS = ['a city-centre hotel', 'a seaside hotel', 'a country house hotel', 'a budget hotel near the airport', 'a spa hotel'];
const CAFES = ['a busy café', 'a family restaurant', 'a garden centre café', 'a station coffee shop', 'a hospital coffee shop'];
const KITCHENS = ['a busy restaurant kitchen', 'a hospital kitchen', 'a hotel kitchen', 'a staff canteen', 'a school kitchen', 'a care home kitchen'];
const SHOPS = ['a neighbourhood supermarket', 'a high-street shop', 'a discount store', 'a large department store', 'a garden centre'];
const WAREHOUSES = ['a distribution centre', 'a food warehouse', 'an online retailer’s warehouse', 'a parcel depot', 'a builders’ merchant yard'];
const FACTORIES = ['a food packaging factory', 'a plastics factory', 'a drinks bottling plant', 'an electronics factory', 'a print works'];
const SITES = ['a housing development', 'a school refurbishment', 'a new-build site', 'a council housing repairs team', 'a small building firm'];
const FARMS = ['a soft-fruit farm', 'a market garden', 'a vegetable farm', 'a family farm'];
const SALONS = ['a friendly hair salon', 'a beauty salon in a shopping centre', 'a salon on the high street'];
const OFFICES = ['a housing association office', 'a small charity', 'a law firm', 'a council office', 'a GP surgery'];

export const SECTOR_PROFILES: Readonly<Record<Sector, SectorProfile>> = {
  care: {
    weight: 17,
    skillGroup: 'care',
    roles: [
      role('Care assistant', 4, ['care.personal_care', 'care.elderly_care', 'care.care_home_work'], {
        night: true,
        workplaces: CARE_HOMES,
        duties: [
          'You will help residents to wash, dress and eat at their own pace.',
          'Hoists and other moving and handling equipment are provided, with training.',
          'Residents choose how they spend their day; you help them do it safely.',
        ],
      }),
      role('Home care worker', 3, ['care.home_help', 'care.personal_care', 'care.companionship'], {
        workplaces: ['our home care service', 'a small home care agency', "people's own homes"],
        duties: [
          'Visits are close together, so there is little travel between clients.',
          'You record each visit on a simple phone app.',
          'Much of the work is companionship: conversation, short walks, and help with shopping and appointments.',
        ],
      }),
      role('Support worker', 3, ['care.disability_support', 'care.learning_disability_support'], {
        night: true,
        workplaces: ['a supported living house', 'a day centre', 'a small residential service'],
        duties: [
          'You will support adults with learning disabilities at home and out in the community.',
          'You will help people cook, shop, budget and get to college or work.',
        ],
      }),
      role('Dementia care assistant', 1, ['care.dementia_care', 'care.elderly_care'], {
        night: true,
        workplaces: CARE_HOMES,
        duties: ['You will support people living with dementia to keep their routines and independence.', 'Our dementia unit is small and calm, with a sensory garden.'],
      }),
      role('Healthcare assistant', 1.5, ['care.healthcare_assistant', 'care.moving_and_handling_people'], {
        night: true,
        workplaces: ['a community hospital', 'a hospice', 'a nursing home', 'a rehabilitation unit'],
        duties: ['You will take observations, help patients move safely and keep records.', 'You will work alongside nurses who will show you the routines.'],
      }),
      role('Live-in carer', 1, ['care.live_in_care', 'care.companionship'], {
        workplaces: ['a family home', 'an older person’s own home'],
        duties: ['You will live in the client’s home, with your own room and two hours off every day.', 'You will help with meals, housework, personal care and company.'],
      }),
      role('Nursery assistant', 1.5, ['care.nursery_assistant', 'care.childcare'], {
        workplaces: ['a community nursery', 'a children’s centre', 'a primary school nursery'],
        duties: ['You will help children play, learn and eat in a calm and safe room.', 'You will help with nappy changes, naps and outdoor play.'],
      }),
      role('Nanny', 0.7, ['care.childcare', 'care.babysitting'], {
        workplaces: ['a family home'],
        duties: ['You will look after two young children, do school runs and cook simple meals.'],
      }),
      role('Mental health support worker', 0.7, ['care.mental_health_support'], {
        night: true,
        workplaces: ['a supported living house', 'a recovery college', 'a crisis house'],
        duties: ['You will help people recovering from mental ill health with daily routines, appointments and confidence.'],
      }),
      role('Activities coordinator', 0.5, ['care.companionship', 'care.care_home_work'], {
        workplaces: CARE_HOMES,
        duties: ['You will plan music, gardening, crafts and outings with residents.'],
      }),
      role('Senior carer', 0.8, ['care.medication_support', 'care.care_certificate'], {
        night: true,
        workplaces: CARE_HOMES,
        duties: ['You will lead a small team on shift and give out medication once trained.'],
      }),
    ],
    workplaces: CARE_HOMES,
    duties: [
      'You will be part of a small, steady team who know the people they support well.',
      'Every shift starts with a handover, so you always know what happened before you arrived.',
      'You will treat the people you support with patience, dignity and respect.',
      'Safeguarding training is given to everyone before they start.',
    ],
    training: ['The Care Certificate in your first twelve weeks, paid.', 'Dementia awareness and safeguarding courses during paid hours.'],
    employerNouns: ['Care', 'Homecare', 'Care Homes', 'Support Services', 'Living', 'Nursery'],
    wagePremium: 0.06,
    floorShare: 0.25,
    fullTimeShare: 0.55,
    nightShare: 0.15,
    remoteShare: 0,
    periods: MOSTLY_HOURLY,
  },
  cleaning: {
    weight: 15,
    skillGroup: 'cleaning',
    roles: [
      role('Cleaner', 4, ['cleaning.commercial_cleaning'], {
        night: true,
        duties: ['You will vacuum, mop, empty bins and clean kitchens and toilets.'],
      }),
      role('Office cleaner', 3, ['cleaning.office_cleaning'], {
        night: true,
        workplaces: ['offices in the town centre', 'a business park', 'a council office'],
        duties: ['You will vacuum, dust desks, empty bins and clean kitchens and toilets.', 'Most work is early in the morning or in the evening, when the offices are empty.'],
      }),
      role('Domestic cleaner', 2, ['cleaning.domestic_cleaning', 'cleaning.laundry_ironing'], {
        workplaces: ['private homes', 'a domestic cleaning company'],
        duties: ['You will clean several homes a day, travelling by bus or with a colleague.', 'You will clean kitchens and bathrooms, change beds and do some ironing.'],
      }),
      role('Hospital cleaner', 1.2, ['cleaning.hospital_cleaning', 'cleaning.cleaning_chemicals_safety'], {
        night: true,
        workplaces: ['a busy hospital', 'a health centre', 'a community hospital'],
        duties: ['You will clean wards and clinics to strict infection-control standards.'],
      }),
      role('School cleaner', 1, ['cleaning.commercial_cleaning', 'cleaning.washroom_cleaning'], {
        workplaces: ['a large secondary school', 'a primary school', 'a sixth-form college'],
        duties: ['You will clean classrooms, corridors and toilets after the school day.'],
      }),
      role('Deep cleaning operative', 0.8, ['cleaning.deep_cleaning', 'cleaning.floor_cleaning_machines'], {
        night: true,
        duties: ['Floor scrubbers and polishers are used on large areas; we will teach you.', 'You will deep clean kitchens, washrooms and empty properties.'],
      }),
      role('Window cleaner', 0.6, ['cleaning.window_cleaning'], {
        workplaces: ['a window cleaning round', 'a facilities company'],
        duties: ['You will clean windows with water-fed poles, always from the ground.'],
      }),
      role('Carpet cleaning technician', 0.3, ['cleaning.carpet_cleaning'], {
        duties: ['You will clean carpets and upholstery with hot-water extraction machines.'],
      }),
      role('Car valeter', 0.6, ['cleaning.car_valeting', 'cleaning.pressure_washing'], {
        workplaces: ['a car wash', 'a car dealership', 'a car rental branch'],
        duties: ['You will wash, vacuum and polish cars inside and out.'],
      }),
      role('Caretaker', 0.6, ['cleaning.caretaker'], {
        workplaces: ['a block of flats', 'a community centre', 'a primary school'],
        duties: ['You will keep stairwells, bin stores and shared areas clean and safe, and report repairs.'],
      }),
      role('Laundry assistant', 0.8, ['cleaning.laundry_ironing'], {
        workplaces: ['a hotel laundry', 'a care home laundry', 'a commercial laundry'],
        duties: ['You will wash, dry, iron and fold linen and uniforms.'],
      }),
      role('Kitchen deep cleaner', 0.3, ['cleaning.commercial_kitchen_cleaning'], {
        night: true,
        workplaces: KITCHENS,
        duties: ['You will degrease ovens, extractor hoods and kitchen floors after closing time.'],
      }),
      role('Recycling operative', 0.4, ['cleaning.waste_recycling'], {
        workplaces: ['a recycling centre', 'a waste sorting plant'],
        duties: ['You will sort paper, plastics and metals on a picking line.'],
      }),
      role('End-of-tenancy cleaner', 0.4, ['cleaning.end_of_tenancy_cleaning'], {
        workplaces: ['a lettings agency', 'a property management company'],
        duties: ['You will clean empty flats and houses from top to bottom before new tenants move in.'],
      }),
    ],
    workplaces: ['offices in the town centre', 'a shopping centre', 'a university campus', 'a leisure centre', 'a large secondary school'],
    duties: [
      'You work from a checklist, so you always know what is expected.',
      'All cleaning products and equipment are provided, with training in using them safely.',
      'Teams are small, and a supervisor visits every shift.',
    ],
    training: ['COSHH (safe use of cleaning chemicals) training in your first week.'],
    employerNouns: ['Cleaning', 'Cleaning Services', 'Facilities', 'Hygiene', 'Property Services'],
    wagePremium: 0.03,
    floorShare: 0.4,
    fullTimeShare: 0.3,
    nightShare: 0.15,
    remoteShare: 0,
    periods: MOSTLY_HOURLY,
  },
  hospitality: {
    weight: 13,
    skillGroup: 'hospitality',
    roles: [
      role('Hotel housekeeper', 3, ['hospitality.hotel_housekeeping', 'hospitality.bed_making'], {
        workplaces: HOTELS,
        duties: ['You will clean and prepare guest rooms: making beds, changing towels and restocking.', 'Housekeeping carts and all supplies are ready for you each morning.'],
      }),
      role('Room attendant', 1.5, ['hospitality.hotel_housekeeping', 'hospitality.bed_making'], {
        workplaces: HOTELS,
        duties: ['You will clean and prepare guest rooms: making beds, changing towels and restocking.'],
      }),
      role('Waiting staff', 2, ['hospitality.waiting_tables', 'hospitality.greeting_guests'], {
        workplaces: ['a family restaurant', 'a hotel restaurant', 'a busy brasserie'],
        duties: ['You will welcome guests, take orders and serve food and drinks.'],
      }),
      role('Bar staff', 1.5, ['hospitality.bar_work'], {
        workplaces: ['a friendly pub', 'a hotel bar', 'a theatre bar'],
        duties: ['You will keep the bar stocked and clean and serve customers quickly.'],
      }),
      role('Barista', 1.5, ['hospitality.barista', 'hospitality.cafe_counter'], {
        workplaces: CAFES,
        duties: ['You will make coffee on a professional machine and serve at the counter.'],
      }),
      role('Café assistant', 1.2, ['hospitality.cafe_counter'], {
        workplaces: CAFES,
        duties: ['You will serve hot drinks and snacks, clear tables and keep the café clean.'],
      }),
      role('Hotel receptionist', 1, ['hospitality.front_desk', 'hospitality.booking_systems'], {
        night: true,
        workplaces: HOTELS,
        duties: ['You will check guests in and out and answer questions at the front desk.'],
      }),
      role('Hotel porter', 0.6, ['hospitality.hotel_porter'], {
        night: true,
        workplaces: HOTELS,
        duties: ['You will carry luggage and help guests find their way around the hotel.'],
      }),
      role('Events assistant', 0.8, ['hospitality.events_staff', 'hospitality.event_setup'], {
        workplaces: ['a conference venue', 'a wedding venue', 'a football stadium'],
        duties: ['You will set up rooms for conferences, weddings and dinners, and clear them afterwards.'],
      }),
      role('Banqueting assistant', 0.6, ['hospitality.banqueting'], {
        workplaces: ['a conference venue', 'a wedding venue', 'a country house hotel'],
        duties: ['You will serve plated dinners to large groups as part of a team.'],
      }),
      role('Room service attendant', 0.4, ['hospitality.room_service'], {
        night: true,
        workplaces: HOTELS,
        duties: ['You will take food and drink orders to guests’ rooms.'],
      }),
      role('Concierge', 0.3, ['hospitality.concierge'], {
        workplaces: HOTELS,
        duties: ['You will help guests with directions, taxis, tickets and restaurant bookings.'],
      }),
    ],
    workplaces: HOTELS,
    duties: [
      'Tips are shared equally across the whole team.',
      'Rotas are published two weeks ahead, and we do not change shifts at short notice.',
      'A free meal is served on every shift.',
    ],
    training: ['Barista training in your first two weeks.', 'Personal licence course for bar work, paid.'],
    employerNouns: ['Hotel', 'Hotels', 'Inn', 'Hospitality', 'Venues', 'Café', 'Restaurant'],
    wagePremium: 0.03,
    floorShare: 0.35,
    fullTimeShare: 0.45,
    nightShare: 0.2,
    remoteShare: 0,
    periods: MOSTLY_HOURLY,
  },
  food: {
    weight: 12,
    skillGroup: 'food',
    roles: [
      role('Kitchen porter', 3, ['food.kitchen_porter', 'cleaning.commercial_kitchen_cleaning'], {
        duties: ['You will wash pots, pans and dishes and keep the kitchen floor clean and dry.', 'You will take in deliveries and put stock away in the fridges and stores.'],
      }),
      role('Kitchen assistant', 3, ['food.food_preparation'], {
        duties: ['You will wash, peel and chop vegetables and help the cooks prepare fresh meals.'],
      }),
      role('Commis chef', 1.2, ['food.commis_chef', 'food.food_preparation'], {
        workplaces: ['a busy restaurant kitchen', 'a hotel kitchen', 'a gastropub'],
        duties: ['You will prepare sauces, vegetables and garnishes under the sous chef.'],
      }),
      role('Cook', 1.5, ['food.chef', 'food.bulk_cooking'], {
        duties: ['You will cook breakfasts and lunches in large batches from set recipes.'],
      }),
      role('Prep cook', 1, ['food.food_preparation', 'food.allergen_awareness'], {
        duties: ['You will follow recipe cards and weigh ingredients carefully.'],
      }),
      role('Baker', 0.8, ['food.baking'], {
        night: true,
        workplaces: ['a high-street bakery', 'a craft bakery', 'a supermarket bakery'],
        duties: ['You will bake bread and rolls early in the morning for the shop to open.'],
      }),
      role('Pastry assistant', 0.4, ['food.pastry_cakes'], {
        workplaces: ['a craft bakery', 'a hotel kitchen', 'a patisserie'],
        duties: ['You will make pastry, fill tarts and decorate cakes.'],
      }),
      role("Butcher's assistant", 0.3, ['food.butchery'], {
        workplaces: ['a family butcher', 'a halal butcher', 'a farm shop'],
        duties: ['You will cut, trim and pack meat and serve customers at the counter.'],
      }),
      role('Pizza chef', 0.5, ['food.pizza_making'], {
        workplaces: ['a pizzeria', 'a street-food kitchen'],
        duties: ['You will stretch dough, top pizzas and run the wood-fired oven.'],
      }),
      role('Grill cook', 0.5, ['food.grill_cooking'], {
        workplaces: ['a burger restaurant', 'a steakhouse', 'a street-food kitchen'],
        duties: ['You will cook burgers, steaks and kebabs on the grill to order.'],
      }),
      role('School cook', 0.6, ['food.canteen_catering', 'food.bulk_cooking'], {
        workplaces: ['a school kitchen', 'a primary school'],
        duties: ['You will cook healthy lunches for children and serve them in the dining hall.'],
      }),
      role('Food production operative', 1.2, ['food.food_factory', 'food.food_packing'], {
        night: true,
        workplaces: ['a food factory', 'a sandwich factory', 'a ready-meal factory'],
        duties: ['You will pack sandwiches and salads on a chilled production line.'],
      }),
      role('Catering assistant', 1.2, ['food.canteen_catering', 'food.event_catering'], {
        workplaces: ['a staff canteen', 'a catering company', 'a hospital canteen'],
        duties: ['You will serve hot food from the counter and keep the serving area stocked.'],
      }),
      role('Fast food team member', 1, ['food.fast_food'], {
        workplaces: ['a fast food restaurant', 'a drive-through restaurant'],
        duties: ['You will take orders, cook to set times and keep the restaurant clean.'],
      }),
    ],
    workplaces: KITCHENS,
    duties: [
      'Allergen and food safety rules are explained on your first day.',
      'Staff meals are free on every shift.',
      'Chef whites and safety shoes are provided.',
    ],
    training: ['Food hygiene certificate (level 2), paid for by us, in your first month.', 'Chef training with our head chef, two mornings a week.'],
    employerNouns: ['Kitchen', 'Catering', 'Foods', 'Bakery', 'Canteen', 'Pizzeria', 'Deli'],
    wagePremium: 0.04,
    floorShare: 0.35,
    fullTimeShare: 0.5,
    nightShare: 0.15,
    remoteShare: 0,
    periods: MOSTLY_HOURLY,
  },
  retail: {
    weight: 11,
    skillGroup: 'retail',
    roles: [
      role('Retail assistant', 3, ['retail.shop_customer_service', 'retail.selling'], {
        duties: ['You will serve customers at the till and help them find what they need.'],
      }),
      role('Cashier', 1.5, ['retail.cashier', 'retail.cash_handling'], {
        duties: ['You will handle cash and card payments and count the till at the end of the day.'],
      }),
      role('Shelf filler', 1.5, ['retail.shelf_stacking', 'retail.stock_rotation'], {
        night: true,
        duties: ['You will fill shelves, check dates and rotate stock.'],
      }),
      role('Supermarket assistant', 2, ['retail.supermarket_work'], {
        night: true,
        workplaces: ['a neighbourhood supermarket', 'a large supermarket', 'a convenience store'],
        duties: ['You will work on the tills, fill shelves and help customers.'],
      }),
      role('Stock assistant', 1, ['retail.stock_taking'], {
        night: true,
        duties: ['You will take deliveries and keep the stockroom tidy.'],
      }),
      role('Deli counter assistant', 0.6, ['retail.fresh_food_counter'], {
        workplaces: ['a large supermarket', 'a delicatessen', 'a farm shop'],
        duties: ['You will serve fresh food at the counter, slicing and weighing to order.'],
      }),
      role('Market stall assistant', 0.5, ['retail.market_stall'], {
        workplaces: ['an indoor market', 'a weekly street market'],
        duties: ['You will set up the stall, serve customers and take payments.'],
      }),
      role('Florist assistant', 0.4, ['retail.florist'], {
        workplaces: ['a flower shop', 'a garden centre'],
        duties: ['You will condition flowers, make simple bunches and serve customers.'],
      }),
      role('Pharmacy assistant', 0.5, ['retail.pharmacy_assistant'], {
        workplaces: ['a community pharmacy', 'a high-street chemist'],
        duties: ['You will serve customers, hand out prescriptions and keep the shelves stocked.'],
      }),
      role('Visual merchandiser', 0.4, ['retail.shop_displays'], {
        duties: ['You will build window and floor displays for each new season.'],
      }),
      role('Store security officer', 0.4, ['retail.store_security'], {
        night: true,
        duties: ['You will greet customers at the door and help keep staff and shoppers safe.'],
      }),
      role('Charity shop assistant', 0.5, ['retail.selling', 'retail.shop_customer_service'], {
        workplaces: ['a charity shop'],
        duties: ['You will sort donations, price items and serve customers.'],
      }),
      role('Clothing store assistant', 0.7, ['retail.clothes_shop'], {
        workplaces: ['a high-street clothes shop', 'a large department store', 'an outlet village store'],
        duties: ['You will help customers in the fitting rooms and keep rails tidy and sized.'],
      }),
    ],
    workplaces: SHOPS,
    duties: [
      'Staff discount from your first day.',
      'You will help with refunds and returns, with a supervisor nearby.',
      'Breaks are paid and you always have someone to ask.',
    ],
    training: ['Till and customer service training on paid shifts.'],
    employerNouns: ['Stores', 'Market', 'Pharmacy', 'Florist', 'Retail', 'Supermarket', 'Outlet'],
    wagePremium: 0.04,
    floorShare: 0.35,
    fullTimeShare: 0.4,
    nightShare: 0.2,
    remoteShare: 0,
    periods: MOSTLY_HOURLY,
  },
  transport_logistics: {
    weight: 8,
    skillGroup: 'driving',
    roles: [
      role('Warehouse operative', 3, ['driving.warehouse_picking', 'driving.warehouse_packing'], {
        night: true,
        duties: ['You will pick, pack and label orders and load them onto cages for dispatch.'],
      }),
      role('Warehouse picker', 2, ['driving.warehouse_picking', 'driving.handheld_scanner'], {
        night: true,
        duties: ['You will pick orders from the racking using a handheld scanner.'],
      }),
      role('Packer', 1.5, ['driving.warehouse_packing'], {
        night: true,
        duties: ['You will pack orders into boxes, weigh them and print labels.'],
      }),
      role('Delivery driver', 1.5, ['driving.delivery_driving', 'driving.van_driving', 'driving.car_licence'], {
        workplaces: ['a parcel depot', 'a courier hub', 'a florist’s delivery team'],
        duties: ['You will deliver parcels to homes and businesses on a planned route.', 'Routes are planned for you; you drive a company van.'],
      }),
      role('Forklift driver', 1, ['driving.forklift_licence'], {
        night: true,
        duties: ['You will drive a forklift to move pallets around the racking.'],
      }),
      role('Goods-in assistant', 0.8, ['driving.goods_in', 'driving.loading_unloading'], {
        night: true,
        duties: ['You will check deliveries in against paperwork and report damage.'],
      }),
      role('HGV driver', 0.6, ['driving.lorry_licence', 'driving.driver_cpc'], {
        night: true,
        duties: ['You will drive a rigid lorry on regular routes and be home every night.'],
      }),
      role('Removals assistant', 0.5, ['driving.removals'], {
        workplaces: ['a removals firm'],
        duties: ['You will wrap furniture, carry boxes and load the van with care.'],
      }),
      role('Cycle courier', 0.4, ['driving.bike_delivery'], {
        workplaces: ['a courier hub', 'a city-centre delivery co-op'],
        duties: ['You will deliver parcels by cargo bike around the city centre; the bike is provided.'],
      }),
      role("Van driver's mate", 0.5, ['driving.loading_unloading'], {
        duties: ['You will ride with the driver, load and unload, and carry items into homes.'],
      }),
    ],
    workplaces: WAREHOUSES,
    duties: [
      'Safety boots and high-visibility clothing are provided.',
      'The warehouse is heated and has a canteen and rest area.',
      'You will load and unload with pallet trucks, after safe lifting training.',
    ],
    training: ['Forklift licence after three months, paid for.', 'Driver CPC training paid for.'],
    employerNouns: ['Logistics', 'Distribution', 'Couriers', 'Freight', 'Removals', 'Transport'],
    wagePremium: 0.12,
    floorShare: 0.2,
    fullTimeShare: 0.7,
    nightShare: 0.15,
    remoteShare: 0,
    periods: [['hour', 66], ['week', 6], ['month', 10], ['year', 18]],
  },
  manufacturing: {
    weight: 6,
    skillGroup: 'manufacturing',
    roles: [
      role('Production operative', 3, ['manufacturing.production_line'], {
        night: true,
        duties: ['You will work on a production line, checking and packing products.'],
      }),
      role('Machine operator', 1.5, ['manufacturing.machine_operation'], {
        night: true,
        duties: ['You will set up and run machines and keep them clean.'],
      }),
      role('Packing operative', 1.5, ['manufacturing.packing', 'manufacturing.labelling'], {
        night: true,
        duties: ['You will label and stack finished goods for dispatch.'],
      }),
      role('Quality inspector', 0.8, ['manufacturing.quality_checks'], {
        night: true,
        duties: ['You will check finished products against a quality standard and record faults.'],
      }),
      role('Assembly worker', 1, ['manufacturing.assembly'], {
        duties: ['You will assemble parts by hand and with small power tools.'],
      }),
      role('Welder', 0.6, ['manufacturing.metalwork', 'construction.welding'], {
        workplaces: ['a metal fabrication works', 'a trailer manufacturer'],
        duties: ['You will MIG weld steel frames and grind joints to a clean finish.'],
      }),
      role('CNC operator', 0.4, ['manufacturing.cnc_operation'], {
        workplaces: ['an engineering works', 'a metal fabrication works'],
        duties: ['You will load and run CNC machines and measure finished parts.'],
      }),
      role('Furniture maker', 0.4, ['manufacturing.furniture_making'], {
        workplaces: ['a furniture workshop', 'a kitchen cabinet factory'],
        duties: ['You will cut, sand, glue and finish wooden furniture.'],
      }),
      role('Electronics assembler', 0.4, ['manufacturing.electronics_assembly', 'manufacturing.soldering'], {
        workplaces: ['an electronics factory'],
        duties: ['You will solder components onto circuit boards under a magnifier.'],
      }),
      role('Print finisher', 0.3, ['manufacturing.printing'], {
        workplaces: ['a print works'],
        duties: ['You will fold, trim and pack printed leaflets and books.'],
      }),
      role('Bottling line operative', 0.4, ['manufacturing.bottling_canning'], {
        night: true,
        workplaces: ['a drinks bottling plant', 'a craft brewery'],
        duties: ['You will feed the bottling line, check seals and stack cases.'],
      }),
      role('Maintenance assistant', 0.4, ['manufacturing.maintenance_assistant'], {
        duties: ['You will help engineers service machines and keep the workshop tidy.'],
      }),
    ],
    workplaces: FACTORIES,
    duties: ['Shifts rotate weekly between earlies and lates.', 'Ear protection, gloves and overalls are provided.', 'There is a canteen and a quiet room for breaks.'],
    training: ['Machine operation training with a named trainer.', 'Welding course at the local college, paid.'],
    employerNouns: ['Manufacturing', 'Works', 'Fabrication', 'Packaging', 'Industries', 'Print'],
    wagePremium: 0.1,
    floorShare: 0.2,
    fullTimeShare: 0.75,
    nightShare: 0.15,
    remoteShare: 0,
    periods: [['hour', 72], ['week', 6], ['month', 8], ['year', 14]],
  },
  agriculture: {
    weight: 5,
    skillGroup: 'agriculture',
    roles: [
      role('Fruit picker', 2.5, ['agriculture.fruit_picking'], {
        workplaces: ['a soft-fruit farm', 'an apple orchard'],
        duties: ['You will pick strawberries and raspberries by hand, paid by the hour, never by the punnet alone.'],
      }),
      role('Vegetable harvester', 1, ['agriculture.vegetable_harvesting'], {
        workplaces: FARMS,
        duties: ['You will harvest, wash and pack vegetables for local shops.'],
      }),
      role('Farm worker', 1.5, ['agriculture.farm_work', 'agriculture.livestock_care'], {
        workplaces: ['a family farm', 'a dairy farm', 'a sheep farm'],
        duties: ['You will feed and check animals and keep their pens clean.'],
      }),
      role('Packhouse operative', 1.5, ['agriculture.packhouse'], {
        workplaces: ['a packhouse', 'a salad packhouse'],
        duties: ['You will grade, weigh and pack fruit and vegetables for supermarkets.'],
      }),
      role('Gardener', 1, ['agriculture.gardening', 'agriculture.grounds_maintenance'], {
        workplaces: ['a country estate', 'a council parks team', 'a garden maintenance company'],
        duties: ['You will mow, weed, plant and prune in parks and private gardens.'],
      }),
      role('Landscaper', 0.8, ['agriculture.landscaping'], {
        workplaces: ['a landscaping company'],
        duties: ['You will lay turf and paths, build raised beds and plant hedges.'],
      }),
      role('Greenhouse worker', 1, ['agriculture.greenhouse_work', 'agriculture.plant_nursery'], {
        workplaces: ['a plant nursery', 'a tomato grower'],
        duties: ['You will water, pot and label plants in large greenhouses.'],
      }),
      role('Dairy assistant', 0.5, ['agriculture.dairy_milking'], {
        workplaces: ['a dairy farm'],
        duties: ['You will help with milking twice a day and care for the calves.'],
      }),
      role('Dog walker', 0.4, ['agriculture.dog_walking', 'agriculture.pet_care'], {
        workplaces: ['a dog walking business'],
        duties: ['You will walk small groups of dogs in local parks.'],
      }),
      role('Kennel assistant', 0.4, ['agriculture.animal_shelter', 'agriculture.pet_care'], {
        workplaces: ['an animal rescue centre', 'a boarding kennels'],
        duties: ['You will feed, walk and clean up after dogs and cats.'],
      }),
      role('Fish processing operative', 0.4, ['agriculture.fish_processing'], {
        workplaces: ['a fish market', 'a seafood processor'],
        duties: ['You will fillet, weigh and pack fresh fish in a chilled room.'],
      }),
      role('Tractor driver', 0.4, ['agriculture.tractor_driving'], {
        workplaces: FARMS,
        duties: ['You will drive tractors with trailers between fields and the yard.'],
      }),
    ],
    workplaces: FARMS,
    duties: [
      'Work is outdoors in all weathers; waterproofs and boots are provided.',
      'Transport to the farm is provided from the town centre.',
      'Breaks are paid and there is clean drinking water and shelter on site.',
    ],
    training: ['Tractor and quad bike training on the farm.', 'Pesticide safety certificate, paid.'],
    employerNouns: ['Farms', 'Growers', 'Gardens', 'Nurseries', 'Estate', 'Orchards', 'Landscapes'],
    wagePremium: 0.03,
    floorShare: 0.4,
    fullTimeShare: 0.6,
    nightShare: 0,
    remoteShare: 0,
    periods: MOSTLY_HOURLY,
  },
  construction: {
    weight: 5,
    skillGroup: 'construction',
    roles: [
      role('Labourer', 3, ['construction.labouring', 'construction.site_cleaning'], {
        duties: ['You will carry materials, keep the site tidy and help the trades.'],
      }),
      role('Carpenter', 1, ['construction.carpentry', 'construction.power_tools'], {
        duties: ['You will measure, cut and fit timber for floors, doors and roofs.'],
      }),
      role("Carpenter's mate", 0.8, ['construction.carpentry', 'construction.labouring'], {
        duties: ['You will help our carpenters measure, cut and fit timber, and learn the trade as you go.'],
      }),
      role('Joiner', 0.6, ['construction.joinery'], {
        workplaces: ['a joinery workshop', 'a shopfitting company'],
        duties: ['You will make and fit doors, stairs and window frames.'],
      }),
      role('Painter and decorator', 1.2, ['construction.painting_decorating'], {
        duties: ['You will prepare walls and ceilings and paint them to a high finish.'],
      }),
      role('Bricklayer', 0.6, ['construction.bricklaying'], {
        duties: ['You will lay bricks and blocks for new homes and garden walls.'],
      }),
      role('Plasterer', 0.6, ['construction.plastering'], {
        duties: ['You will skim walls and ceilings and patch repairs.'],
      }),
      role('Tiler', 0.4, ['construction.tiling'], {
        duties: ['You will tile kitchens, bathrooms and floors.'],
      }),
      role("Electrician's mate", 0.6, ['construction.electricians_mate'], {
        duties: ['You will help a qualified electrician run cables and fit sockets and lights.'],
      }),
      role('Scaffolder', 0.5, ['construction.scaffolding', 'construction.working_at_height'], {
        duties: ['You will put up and take down scaffolding as part of a three-person gang.'],
      }),
      role('Groundworker', 0.5, ['construction.groundworks'], {
        duties: ['You will dig trenches, lay drains and pour concrete foundations.'],
      }),
      role('Handyperson', 0.8, ['construction.handyman'], {
        workplaces: ['a council housing repairs team', 'a housing association', 'a property maintenance company'],
        duties: ['You will do small repairs: doors, shelves, taps and flat-pack furniture.'],
      }),
      role('Roofer', 0.4, ['construction.roofing'], {
        duties: ['You will repair and replace tiled and flat roofs.'],
      }),
      role('Dryliner', 0.4, ['construction.drywall'], {
        duties: ['You will fix plasterboard to metal and timber frames.'],
      }),
      role('Site cleaner', 0.6, ['construction.site_cleaning'], {
        duties: ['You will clean new homes before handover and keep welfare cabins tidy.'],
      }),
    ],
    workplaces: SITES,
    duties: [
      'Personal protective equipment and tools are provided.',
      'You must hold or be willing to get a CSCS card; we pay for the test.',
      'You will work on occupied homes, so tidiness and respect matter.',
      'Work is mostly outdoors and starts at 7:30.',
    ],
    training: ['CSCS card training and test paid for.', 'NVQ level 2 in your trade while you work.'],
    employerNouns: ['Construction', 'Builders', 'Building Services', 'Contractors', 'Developments', 'Joinery'],
    wagePremium: 0.35,
    floorShare: 0.08,
    fullTimeShare: 0.85,
    nightShare: 0,
    remoteShare: 0,
    periods: [['hour', 55], ['week', 15], ['month', 10], ['year', 20]],
  },
  garment_crafts: {
    weight: 2,
    skillGroup: 'garment_crafts',
    roles: [
      role('Sewing machinist', 2, ['garment_crafts.machine_sewing', 'garment_crafts.industrial_sewing_machines'], {
        remote: true,
        workplaces: ['an ethical clothing studio', 'a social enterprise sewing room', 'a theatre costume department'],
        duties: ['You will sew garments on industrial machines from cut pieces.'],
      }),
      role('Alterations tailor', 1, ['garment_crafts.alterations', 'garment_crafts.tailoring'], {
        remote: true,
        workplaces: ['an alterations shop', 'a dry cleaner’s'],
        duties: ['You will take up hems, replace zips and adjust clothes for customers.'],
      }),
      role('Upholsterer', 0.5, ['garment_crafts.upholstery'], {
        workplaces: ['an upholstery workshop'],
        duties: ['You will re-cover chairs and sofas with new fabric and foam.'],
      }),
      role('Garment presser', 0.6, ['garment_crafts.pressing_finishing'], {
        workplaces: ['an ethical clothing studio', 'a dry cleaner’s'],
        duties: ['You will steam and press finished garments ready for packing.'],
      }),
      role('Fabric cutter', 0.5, ['garment_crafts.fabric_cutting'], {
        workplaces: ['an ethical clothing studio', 'a curtain workshop'],
        duties: ['You will lay out fabric and cut pieces accurately from patterns.'],
      }),
      role('Jewellery maker', 0.3, ['garment_crafts.jewellery_making'], {
        remote: true,
        workplaces: ['a jewellery studio'],
        duties: ['You will make earrings and necklaces by hand from silver and beads.'],
      }),
      role('Shoe repairer', 0.3, ['garment_crafts.shoe_making_repair'], {
        workplaces: ['a shoe repair and key cutting shop'],
        duties: ['You will heel and sole shoes, repair bags and cut keys.'],
      }),
      role('Embroiderer', 0.3, ['garment_crafts.embroidery'], {
        workplaces: ['a workwear embroidery company'],
        duties: ['You will run embroidery machines that put logos on uniforms.'],
      }),
      role('Textile quality checker', 0.4, ['garment_crafts.garment_checking'], {
        workplaces: ['an ethical clothing studio'],
        duties: ['You will check finished garments for faults before they are packed.'],
      }),
      role('Candle and soap maker', 0.2, ['garment_crafts.candle_soap_making'], {
        remote: true,
        workplaces: ['a small soap and candle studio'],
        duties: ['You will pour candles, cut soap and wrap orders for the online shop.'],
      }),
    ],
    workplaces: ['a social enterprise workshop', 'a small studio'],
    duties: ['The workshop is bright and quiet, with a small team.', 'Work is paid by the hour, never by the piece.'],
    training: ['Pattern cutting and machine skills with our head machinist.'],
    employerNouns: ['Studio', 'Textiles', 'Tailoring', 'Upholstery', 'Makers', 'Crafts'],
    wagePremium: 0.05,
    floorShare: 0.3,
    fullTimeShare: 0.5,
    nightShare: 0,
    remoteShare: 0.15,
    periods: MOSTLY_HOURLY,
  },
  beauty: {
    weight: 3,
    skillGroup: 'beauty',
    roles: [
      role('Hairdresser', 1.5, ['beauty.hairdressing', 'beauty.hair_cutting'], {
        duties: ['You will cut and style hair for walk-in and booked clients.'],
      }),
      role('Salon assistant', 1.5, ['beauty.hair_washing', 'beauty.salon_hygiene'], {
        duties: ['You will wash and condition hair, sweep up and keep the salon clean.'],
      }),
      role('Nail technician', 1.2, ['beauty.manicure', 'beauty.gel_acrylic_nails'], {
        workplaces: ['a nail bar', 'a beauty salon in a shopping centre'],
        duties: ['You will do manicures, pedicures and gel nails.'],
      }),
      role('Barber', 1, ['beauty.barbering'], {
        workplaces: ['a barber shop'],
        duties: ['You will do fades, beard trims and hot-towel shaves.'],
      }),
      role('Beauty therapist', 0.8, ['beauty.facials_skin_care', 'beauty.waxing'], {
        workplaces: ['a day spa', 'a beauty salon in a shopping centre'],
        duties: ['You will give facials, waxing and skin care treatments.'],
      }),
      role('Brow and lash technician', 0.5, ['beauty.brows_lashes', 'beauty.threading'], {
        workplaces: ['a brow bar', 'a beauty salon in a shopping centre'],
        duties: ['You will shape brows by threading and tint lashes.'],
      }),
      role('Afro hair stylist', 0.5, ['beauty.afro_hair', 'beauty.braiding_extensions'], {
        duties: ['You will braid, twist and style afro and textured hair.'],
      }),
      role('Massage therapist', 0.3, ['beauty.massage'], {
        workplaces: ['a day spa', 'a spa hotel'],
        duties: ['You will give relaxing massages in a calm treatment room.'],
      }),
      role('Makeup artist', 0.3, ['beauty.makeup'], {
        workplaces: ['a department store beauty counter', 'a bridal makeup studio'],
        duties: ['You will do makeup for weddings, events and photo shoots.'],
      }),
    ],
    workplaces: SALONS,
    duties: [
      'All products and tools are provided; you never pay for a chair or a booth.',
      'You will book appointments and welcome clients at reception.',
      'You keep the tips you are given.',
    ],
    training: ['NVQ in hairdressing with day release, paid.'],
    employerNouns: ['Salon', 'Hair', 'Beauty', 'Barbers', 'Nails', 'Spa'],
    wagePremium: 0.06,
    floorShare: 0.35,
    fullTimeShare: 0.5,
    nightShare: 0,
    remoteShare: 0,
    periods: MOSTLY_HOURLY,
  },
  office: {
    weight: 2,
    skillGroup: 'office_digital',
    roles: [
      role('Administrative assistant', 2, ['office_digital.office_admin', 'office_digital.filing_paperwork'], {
        duties: ['You will file papers, scan documents and order supplies.'],
      }),
      role('Receptionist', 1.5, ['office_digital.office_reception', 'office_digital.appointments'], {
        duties: ['You will answer phones, greet visitors and book appointments.'],
      }),
      role('Data entry clerk', 1.2, ['office_digital.data_entry', 'office_digital.typing'], {
        remote: true,
        duties: ['You will type information from forms into our computer system accurately.'],
      }),
      role('Call centre adviser', 1.2, ['office_digital.call_centre', 'office_digital.phone_customer_service'], {
        remote: true,
        workplaces: ['a customer contact centre', 'an energy company’s contact centre'],
        duties: ['You will answer customer calls, with scripts and a supervisor to help.'],
      }),
      role('Customer service adviser', 1, ['office_digital.phone_customer_service', 'office_digital.email'], {
        remote: true,
        workplaces: ['a customer contact centre', 'an online retailer'],
        duties: ['You will answer customer emails and chats and sort out orders.'],
      }),
      role('Interpreter', 0.5, ['office_digital.interpreting_translating'], {
        remote: true,
        workplaces: ['a community interpreting service', 'a GP surgery', 'a council office'],
        duties: ['You will interpret at appointments for people who speak your language.'],
      }),
      role('Bookkeeping assistant', 0.4, ['office_digital.bookkeeping_basics', 'office_digital.invoices_receipts'], {
        remote: true,
        workplaces: ['a small accountancy firm', 'a small charity'],
        duties: ['You will enter invoices and receipts and match them to the bank statement.'],
      }),
      role('Social media assistant', 0.3, ['office_digital.social_media'], {
        remote: true,
        workplaces: ['a small charity', 'a social enterprise'],
        duties: ['You will post photos and news and answer messages on our social media.'],
      }),
      role('Online shop assistant', 0.4, ['office_digital.online_shop'], {
        workplaces: ['an online retailer', 'a social enterprise'],
        duties: ['You will list products, answer questions and pack online orders.'],
      }),
    ],
    workplaces: OFFICES,
    duties: ['A laptop and headset are provided.', 'You will have a desk, a named manager and weekly check-ins.'],
    training: ['Computer skills course (word processing and spreadsheets), paid.'],
    employerNouns: ['Associates', 'Services', 'Solutions', 'Group', 'Partners', 'Trust'],
    wagePremium: 0.2,
    floorShare: 0.15,
    fullTimeShare: 0.75,
    nightShare: 0,
    remoteShare: 0.45,
    periods: [['hour', 40], ['month', 15], ['year', 45]],
  },
  other: {
    weight: 1,
    skillGroup: 'life_work',
    roles: [
      role('General assistant', 1, ['life_work.following_instructions', 'life_work.teamwork'], {
        duties: ['You will help visitors, set up rooms and keep the building tidy.'],
      }),
      role('Community centre assistant', 1, ['life_work.communication'], {
        workplaces: ['a community centre'],
        duties: ['You will set up rooms for classes and groups and make tea for visitors.'],
      }),
      role('Porter', 1, ['life_work.manual_handling'], {
        workplaces: ['a university', 'a hospital'],
        duties: ['You will move furniture, post and equipment between buildings.'],
      }),
      role('Leisure centre assistant', 0.7, ['life_work.health_safety_awareness'], {
        workplaces: ['a leisure centre'],
        duties: ['You will set up sports halls and keep changing rooms clean.'],
      }),
      role('Library assistant', 0.5, ['life_work.reading_writing'], {
        workplaces: ['a public library'],
        duties: ['You will shelve books, help at the desk and run children’s story times.'],
      }),
      role('Museum visitor assistant', 0.5, ['life_work.communication'], {
        workplaces: ['a museum', 'an art gallery'],
        duties: ['You will welcome visitors, answer questions and keep an eye on the galleries.'],
      }),
    ],
    workplaces: ['a community centre', 'a leisure centre', 'a university'],
    duties: ['Every day is different, with a supportive team around you.', 'You will answer questions at the front desk and direct visitors.'],
    training: ['First aid at work certificate, paid.'],
    employerNouns: ['Community Trust', 'Centre', 'Foundation', 'Association'],
    wagePremium: 0.05,
    floorShare: 0.3,
    fullTimeShare: 0.5,
    nightShare: 0,
    remoteShare: 0,
    periods: MOSTLY_HOURLY,
  },
};

export const SECTOR_WEIGHTS: Weighted<Sector> = (Object.keys(SECTOR_PROFILES) as Sector[]).map((sector) => [sector, SECTOR_PROFILES[sector].weight]);

/** Taxonomy groups every sector draws from as well: work readiness and spoken languages. */
export const CROSS_CUTTING_SKILL_GROUPS = ['life_work', 'languages'] as const;
